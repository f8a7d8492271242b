import Crypto
import Foundation

/// SHA-256 digests as lower-case hex, for source and text fingerprints.
public enum Digest {
  public static func sha256(_ data: some DataProtocol) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in SHA256.hash(data: data) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }

  public static func sha256(_ text: String) -> String {
    var text = text
    return text.withUTF8 { sha256(UnsafeRawBufferPointer($0)) }
  }
}
