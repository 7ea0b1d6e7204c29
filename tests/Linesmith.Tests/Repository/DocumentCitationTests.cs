using Linesmith.TestSupport;

namespace Linesmith.Tests.Repository;

/// <summary>
/// The "why" is in the repository (docs/style.md habit 9): every document a source file cites exists
/// here, with the heading it names, and every link between the repository's documents leads somewhere.
/// </summary>
public sealed class DocumentCitationTests
{
    private static readonly string[] SourceDirectories = ["src", "tests", "bench"];

    private static readonly string[] SourcePatterns = ["*.cs", "*.csproj", "*.props", "*.targets", "*.xml"];

    /// <summary>This file: its examples cite made-up documents on purpose.</summary>
    private static readonly string ThisFile = Path.Join("tests", "Linesmith.Tests", "Repository", nameof(DocumentCitationTests) + ".cs");

    [Fact]
    public void Every_document_a_source_file_cites_exists_in_the_repository()
    {
        var root = RepositoryRoot.Path;
        var files = SourceDirectories
            .SelectMany(directory => SourcePatterns.SelectMany(pattern => RepositoryFiles.Enumerate(Path.Join(root, directory), pattern)))
            .Where(file => Path.GetRelativePath(root, file) != ThisFile)
            .ToList();
        var problems = files
            .SelectMany(file => DocumentCitations.Problems(root, Path.GetRelativePath(root, file), File.ReadAllText(file)))
            .ToList();

        Assert.True(files.Count > 200, $"only {files.Count} source files found under {root}");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_link_between_the_repository_documents_leads_somewhere()
    {
        var root = RepositoryRoot.Path;
        var documents = RepositoryFiles.Enumerate(root, "*.md").ToList();
        var problems = documents.SelectMany(document => MarkdownLinks.Problems(root, document)).ToList();

        Assert.Contains(documents, document => document.EndsWith(Path.Join("docs", "spec", "README.md"), StringComparison.Ordinal));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_missing_document_a_missing_heading_an_unknown_adr_and_an_outside_reference_are_each_reported()
    {
        using var repository = SmallRepository();
        var text = """
            /// See docs/spec/gone.md, docs/spec/cache.md#no-such-heading, ADR-0042, elsewhere.md
            /// and "Our decisions" 3.
            """;

        var problems = DocumentCitations.Problems(repository.Path, "src/A.cs", text).ToList();

        Assert.Equal(
            [
                "src/A.cs: cites 'Our decisions', which is not in the repository (see docs/spec/README.md for where it lives now)",
                "src/A.cs: cites docs/spec/gone.md, which does not exist",
                "src/A.cs: cites docs/spec/cache.md#no-such-heading, which has no such heading",
                "src/A.cs: cites elsewhere.md, which does not exist",
                "src/A.cs: cites ADR 0042, which is not in docs/adr/",
            ],
            problems);
    }

    [Fact]
    public void A_document_its_heading_an_adr_a_directory_and_a_bare_name_that_exist_resolve()
    {
        using var repository = SmallRepository();
        var text = """
            // docs/spec/cache.md#usagejson, docs/spec/cache.md#the-usage-keys-are-wired (cache.md),
            // ADR 0001 and docs/adr/0001-own-client.md, docs/adr/, RFC 9112 §2.2.
            """;

        Assert.Empty(DocumentCitations.Problems(repository.Path, "src/A.cs", text));
    }

    [Fact]
    public void A_broken_link_and_a_link_to_a_missing_heading_are_reported_and_fenced_code_is_not_read()
    {
        using var repository = SmallRepository();
        var page = Path.Join(repository.Path, "docs", "page.md");
        File.WriteAllText(page, """
            [ok](spec/cache.md#usagejson) [web](https://example.com/x.md) [self](#top)
            [gone](spec/gone.md) [bad](spec/cache.md#nowhere)
            ```
            [fenced](spec/also-gone.md)
            ```
            # Top
            """);

        Assert.Equal(
            [
                Path.Join("docs", "page.md") + ": link to spec/gone.md, which does not exist",
                Path.Join("docs", "page.md") + ": link to spec/cache.md#nowhere, which has no such heading",
            ],
            MarkdownLinks.Problems(repository.Path, page).ToList());
    }

    [Theory]
    [InlineData("## `usage.json`", "usagejson")]
    [InlineData("## D4. The `[usage]` keys are wired", "d4-the-usage-keys-are-wired")]
    [InlineData("### 401 and 403", "401-and-403")]
    [InlineData("## Flow 2: one usage fetch across processes", "flow-2-one-usage-fetch-across-processes")]
    public void Headings_become_the_anchors_github_makes(string heading, string anchor)
    {
        Assert.Contains(anchor, MarkdownAnchors.Of(heading));
    }

    [Fact]
    public void A_repeated_heading_gets_a_numbered_anchor_and_a_fenced_one_none()
    {
        var anchors = MarkdownAnchors.Of("## Notes\n```\n## Fenced\n```\n## Notes\n");

        Assert.Equal(["notes", "notes-1"], anchors.Order(StringComparer.Ordinal));
    }

    private static TempDir SmallRepository()
    {
        var repository = new TempDir();
        Directory.CreateDirectory(Path.Join(repository.Path, "docs", "spec"));
        Directory.CreateDirectory(Path.Join(repository.Path, "docs", "adr"));
        File.WriteAllText(Path.Join(repository.Path, "docs", "spec", "cache.md"), "# Cache\n\n## usage.json\n\n## The `[usage]` keys are wired\n");
        File.WriteAllText(Path.Join(repository.Path, "docs", "adr", "0001-own-client.md"), "# 0001. Own client\n");
        return repository;
    }
}
