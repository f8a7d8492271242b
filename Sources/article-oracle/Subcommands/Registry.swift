import ArgumentParser
import ArticleOracle
import Foundation

struct Registry: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Work with the actor registry.",
    subcommands: [Check.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate registry files (merged after the bundled registry) and list every problem.",
      discussion: """
        Each problem names the file, the entry and what is wrong. Exit status 0 when the \
        merged registry is valid, 1 when it is not.
        """)

    @Flag(help: "Check the files on their own, without the bundled registry under them.")
    var alone = false

    @Argument(help: "Registry YAML files, merged in the order given (none: check the bundled registry).")
    var files: [String] = []

    func run() throws {
      var sources = alone ? [] : try ActorRegistry.bundledSources()
      var problems: [DataFileError] = []
      for file in files {
        do {
          sources.append(try RegistrySource.read(path: file))
        } catch {
          problems.append(error)
        }
      }
      let check = ActorRegistry.check(sources: sources)
      problems += check.problems
      for problem in problems { Console.write(problem.description) }
      let registry = check.registry
      if problems.isEmpty {
        Console.write(
          "ok: \(registry.actors.count) actors, \(registry.offices.count) offices, "
            + "\(registry.countries.count) countries (registry version \(registry.contentHash))")
      } else {
        Console.error("\(problems.count) problem(s) in the registry")
        throw ExitCode(1)
      }
    }
  }
}
