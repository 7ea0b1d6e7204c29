using System.Text;
using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Editing;

/// <summary>
/// <c>[editor] keep_payload</c> and <c>last-payload.json</c> (docs/spec/on-disk-formats.md#last-payloadjson):
/// off by default, written 0600 and read back, refused when it could leak or hang (docs/hostile-inputs.md).
/// </summary>
public sealed class KeptPayloadTests
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("""{"model":{"display_name":"Opus"}}""");

    private static LinesmithConfig Config(string text) => LinesmithConfig.From(ConfigFile.Parse(text, "config.toml"), EnvironmentSnapshot.Empty);

    [Fact]
    public void Keeping_is_off_unless_the_config_turns_it_on()
    {
        Assert.False(Config(string.Empty).KeepPayload);
        Assert.True(Config("[editor]\nkeep_payload = true\n").KeepPayload);

        var typo = Config("[editor]\nkeep_payloads = true\n");
        Assert.False(typo.KeepPayload);
        Assert.Contains(typo.Problems.All, problem => problem.KeyPath == "editor.keep_payloads" && problem.Message.StartsWith("unknown key", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kept_payload_is_private_and_read_back_as_written()
    {
        using var root = new TempDir();

        Assert.Null(KeptPayload.Keep(root.Path, Payload));

        Assert.Equal(Payload, KeptPayload.Read(root.Path, out var refusal));
        Assert.Null(refusal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeptPayload.PathIn(root.Path)));
        }
    }

    [Theory]
    [InlineData("""{"token":"sk-ant-oat01-abc"}""")]
    [InlineData("""{"header":"Bearer abc"}""")]
    public void A_payload_shaped_like_it_holds_a_credential_is_not_kept(string payload)
    {
        using var root = new TempDir();

        Assert.NotNull(KeptPayload.Keep(root.Path, Encoding.UTF8.GetBytes(payload)));

        Assert.False(File.Exists(KeptPayload.PathIn(root.Path)));
    }

    [Fact]
    public void A_payload_over_the_cap_is_neither_kept_nor_read()
    {
        using var root = new TempDir();
        var large = new byte[KeptPayload.MaxBytes + 1];

        Assert.NotNull(KeptPayload.Keep(root.Path, large));
        File.WriteAllBytes(KeptPayload.PathIn(root.Path), large);

        Assert.Null(KeptPayload.Read(root.Path, out var refusal));
        Assert.NotNull(refusal);
    }

    [Fact]
    public void A_symlink_in_its_place_is_not_followed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var root = new TempDir();
        var elsewhere = root.Join("elsewhere.json");
        File.WriteAllBytes(elsewhere, Payload);
        File.CreateSymbolicLink(KeptPayload.PathIn(root.Path), elsewhere);

        Assert.Null(KeptPayload.Read(root.Path, out var refusal));
        Assert.Contains("symbolic link", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void None_kept_is_no_problem()
    {
        using var root = new TempDir();

        Assert.Null(KeptPayload.Read(root.Path, out var refusal));
        Assert.Null(refusal);
    }
}
