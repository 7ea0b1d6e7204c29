using System.Reflection;

namespace Linesmith.Cli;

/// <summary>The program's name and version, as <c>--version</c> and the User-Agent show them.</summary>
internal static class ProductInfo
{
    public const string Name = "linesmith";

    public static string Version { get; } =
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
