namespace Linesmith.Benchmarks;

/// <summary>The realistic inputs the benchmarks parse, kept beside the project so that they are the same every run.</summary>
internal static class BenchData
{
    public static string Path(string name) => System.IO.Path.Join(AppContext.BaseDirectory, "data", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static string Text(string name) => File.ReadAllText(Path(name));
}
