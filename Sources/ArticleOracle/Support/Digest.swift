import Crypto
import Foundation

/// SHA-256 digests as lower-case hex, for source and text fingerprints.
public enum Digest {
  public static func sha256(_ data: some DataProtocol) -> String {
    SHA256.hash(data: data).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  public static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }
}
