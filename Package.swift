// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "ArticleOracle",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "ArticleOracle", targets: ["ArticleOracle"]),
    .executable(name: "article-oracle", targets: ["article-oracle"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // The only C in the project: libxml2 through pkg-config, behind a tiny shim header.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(
      name: "ArticleOracle",
      dependencies: [
        "CLibXML2",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources")]
    ),
    .executableTarget(
      name: "article-oracle",
      dependencies: [
        "ArticleOracle",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ArticleOracleTests",
      dependencies: ["ArticleOracle"],
      // Gold files the tests read from the checkout (`IndependentNewsEvaluationTests`).
      exclude: ["Extract/Dates/IndependentNews", "Extract/Figures/IndependentNews", "Extract/Actors/IndependentNews"]
    ),
  ]
)
