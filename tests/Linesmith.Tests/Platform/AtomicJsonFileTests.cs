using System.Text;
using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>The atomic write: docs/spec/on-disk-formats.md#atomic-writes, docs/spec/edge-cases.md items 6 and 9, and docs/spec/decisions.md#d7-permissions (modes).</summary>
public sealed class AtomicJsonFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Item9_writing_to_the_root_path_is_invalid_input()
    {
        var error = AtomicJsonFile.Write("/", "{}"u8);

        Assert.NotNull(error);
        Assert.Equal(FileWriteStep.InvalidInput, error!.Step);
    }

    [Fact]
    public void The_written_bytes_replace_the_target_whole()
    {
        var target = _dir.Join("file.json");
        File.WriteAllText(target, "old content that is longer than the new one");

        Assert.Null(AtomicJsonFile.Write(target, "{}"u8));

        Assert.Equal("{}", File.ReadAllText(target));
    }

    [Fact]
    public void A_created_directory_is_0700_and_the_file_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var target = _dir.Join("new-root", "usage.json");

        Assert.Null(AtomicJsonFile.Write(target, "{}"u8));

        Assert.Equal(UnixModes.PrivateDirectory, File.GetUnixFileMode(_dir.Join("new-root")));
        Assert.Equal(UnixModes.PrivateFile, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Only_the_targets_own_directory_is_created_never_a_missing_parent()
    {
        var error = AtomicJsonFile.Write(_dir.Join("missing", "nested", "usage.json"), "{}"u8);

        Assert.NotNull(error);
        Assert.False(Directory.Exists(_dir.Join("missing")));
    }

    [Fact]
    public void An_existing_directory_keeps_its_mode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = _dir.Join("shared");
        Directory.CreateDirectory(root);
        const UnixFileMode Mode = UnixModes.PrivateDirectory | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        File.SetUnixFileMode(root, Mode);

        AtomicJsonFile.Write(Path.Join(root, "usage.json"), "{}"u8);

        Assert.Equal(Mode, File.GetUnixFileMode(root));
    }

    [Fact]
    public void A_parent_that_is_a_file_fails_as_io_and_leaves_nothing_behind()
    {
        var blocker = _dir.Join("not-a-dir");
        File.WriteAllText(blocker, "x");

        var error = AtomicJsonFile.Write(Path.Join(blocker, "usage.json"), "{}"u8);

        Assert.NotNull(error);
        Assert.Equal(FileWriteStep.Io, error!.Step);
        Assert.Equal(["not-a-dir"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_rename_is_a_persist_error_and_deletes_the_temp_file()
    {
        // A non-empty directory at the target makes rename(2) fail after the temp file was written.
        var target = _dir.Join("usage.json");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Join(target, "keep"), "x");

        var error = AtomicJsonFile.Write(target, "{}"u8);

        Assert.NotNull(error);
        Assert.Equal(FileWriteStep.Persist, error!.Step);
        Assert.Equal(["usage.json"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symlink_planted_at_the_target_is_replaced_not_followed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var outside = _dir.Join("outside.json");
        File.WriteAllText(outside, "precious");
        var root = _dir.Join("root");
        Directory.CreateDirectory(root);
        var target = Path.Join(root, "usage.json");
        File.CreateSymbolicLink(target, outside);

        Assert.Null(AtomicJsonFile.Write(target, "{}"u8));

        Assert.Equal("precious", File.ReadAllText(outside));
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.Equal("{}", Encoding.UTF8.GetString(File.ReadAllBytes(target)));
    }
}
