import Testing

@testable import ArticleOracle

/// JSON Patches: diffs that apply back, with `test` ops for old values.
@Suite("JSON Patch")
struct JSONPatchTests {
  func value(_ json: String) throws -> JSONValue { try JSONValue(parsing: Data(json.utf8)) }

  @Test(
    "A patch between two documents applies and turns the first into the second",
    arguments: [
      (#"{"a": [1, 2, 3], "b": "x"}"#, #"{"a": [1, 3, 4], "c": null}"#),
      (#"{"dates": [{"start": 1}, {"start": 5}]}"#, #"{"dates": [{"start": 0}, {"start": 1}, {"start": 6}]}"#),
      (#"{"a/b": {"~": 1}}"#, #"{"a/b": {"~": 2}}"#),
      (#"[]"#, #"[{"x": 1}]"#),
    ])
  func roundTrip(old: String, new: String) throws {
    let a = try value(old)
    let b = try value(new)
    let patch = JSONPatch.between(a, b)
    #expect(try patch.apply(to: a) == b)
    #expect(JSONPatch.between(a, a).isEmpty)
  }

  @Test("Old values are tested before they are replaced or removed; a changed document refuses the patch")
  func tests() throws {
    let a = try value(#"{"v": 1}"#)
    let patch = JSONPatch.between(a, try value(#"{"v": 2}"#))
    #expect(patch.operations.map(\.op) == [.test, .replace])
    #expect(throws: JSONPatch.ApplyError.self) { try patch.apply(to: try value(#"{"v": 3}"#)) }
  }

  @Test("The golden layout puts each flat object on one line and sorts keys")
  func layout() throws {
    let document = try value(#"{"b": [{"y": 2, "x": 1}], "a": {"k": [1, 2]}}"#)
    #expect(document.rendered() == "{\n  \"a\": {\"k\": [1, 2]},\n  \"b\": [\n    {\"x\": 1, \"y\": 2}\n  ]\n}\n")
  }
}

import Foundation
