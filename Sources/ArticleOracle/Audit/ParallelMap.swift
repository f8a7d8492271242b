import Dispatch

/// Maps a chunk of indices on `workers` threads and returns the results in index order.
enum ParallelMap {
  private final class Slots<T>: @unchecked Sendable {
    // Each index is written by exactly one worker, and read only after all have finished.
    var values: [T?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
  }

  static func map<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count: count)
    let workers = max(1, min(workers, count))
    if workers == 1 {
      for index in 0..<count { slots.values[index] = body(index) }
    } else {
      slots.values.withUnsafeMutableBufferPointer { buffer in
        let base = UncheckedBuffer(buffer: buffer)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
          var index = worker
          while index < count {
            base.buffer[index] = body(index)
            index += workers
          }
        }
      }
    }
    return slots.values.compactMap { $0 }
  }

  private struct UncheckedBuffer<T>: @unchecked Sendable {
    var buffer: UnsafeMutableBufferPointer<T?>
  }
}
