using Linesmith.ClaudeCode;
using Linesmith.TestSupport;

namespace Linesmith.Tests.ClaudeCode;

/// <summary>Reading settings.json: what can be edited, and the line and column of what cannot.</summary>
public sealed class SettingsDocumentTests : IDisposable
{
    private readonly TempDir _temp = new();

    private SettingsDocument Load(string? content)
    {
        var path = _temp.Join("settings.json");
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        return SettingsDocument.Load(path);
    }

    [Fact]
    public void Missing_file_is_an_empty_object_that_does_not_exist()
    {
        var document = Load(null);

        Assert.False(document.Exists);
        Assert.Empty(document.Root!);
        Assert.Null(document.Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Blank_file_is_an_empty_object(string content)
    {
        var document = Load(content);

        Assert.True(document.Exists);
        Assert.Empty(document.Root!);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", "is not valid JSON at line 1, column 9")]
    [InlineData("{\n  \"a\": tru\n}", "is not valid JSON at line 2, column 11")]
    [InlineData("{\"a\": 1,\n \"a\": 2}", "is not valid JSON (Duplicate property 'a' encountered during deserialization)")]
    [InlineData("\"text\"", "is not a JSON object (it holds a string)")]
    [InlineData("null", "is not a JSON object (it holds null)")]
    public void Unusable_content_is_a_problem(string content, string problem)
    {
        var document = Load(content);

        Assert.Null(document.Root);
        Assert.Equal(problem, document.Problem);
    }

    [Fact]
    public void A_directory_is_named_as_one()
    {
        var document = SettingsDocument.Load(_temp.Path);

        Assert.Null(document.Root);
        Assert.Equal("is a directory", document.Problem);
    }

    [Fact]
    public void Bom_is_accepted()
    {
        var document = Load("\uFEFF{\"a\": 1}");

        Assert.Null(document.Problem);
        Assert.Equal(1, (int)document.Root!["a"]!);
    }

    public void Dispose() => _temp.Dispose();
}
