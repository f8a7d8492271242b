/// Converts `String.Index` positions to code-point offsets (the offsets every report uses).
///
/// Walks the string once, lazily, as offsets are asked for in increasing order; asking
/// for an earlier index restarts from the beginning.
public struct ScalarOffsets {
  private let scalars: String.UnicodeScalarView
  private var index: String.Index
  private var offset = 0

  public init(_ text: String) {
    scalars = text.unicodeScalars
    index = scalars.startIndex
  }

  public mutating func offset(of target: String.Index) -> Int {
    if target < index {
      index = scalars.startIndex
      offset = 0
    }
    offset += scalars.distance(from: index, to: target)
    index = target
    return offset
  }
}
