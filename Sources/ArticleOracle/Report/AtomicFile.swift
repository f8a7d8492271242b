import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files all at once: the bytes go to a temporary file in the same folder, which
/// is then renamed over the target, so a reader (or a crash) never sees half a file.
public enum AtomicFile {
  /// Why a file could not be written: the path and what went wrong.
  public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "\(path): cannot be written (\(problem)); check the folder exists and is writable" }
  }

  /// Writes `data` to `url`, creating missing parent folders.
  public static func write(_ data: Data, to url: URL) throws(WriteError) {
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: folder.path, problem: "\(error.localizedDescription)")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
    do {
      try data.write(to: temporary)
    } catch {
      throw WriteError(path: url.path, problem: "\(error.localizedDescription)")
    }
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw WriteError(path: url.path, problem: reason)
    }
  }

  /// Writes `text` as UTF-8.
  public static func write(_ text: String, to url: URL) throws(WriteError) {
    try write(Data(text.utf8), to: url)
  }
}
