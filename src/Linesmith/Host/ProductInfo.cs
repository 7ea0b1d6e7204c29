namespace Linesmith.Host;

/// <summary>The program's name and version, as <c>--version</c> and the User-Agent show them.</summary>
internal static class ProductInfo
{
    public const string Name = "linesmith";

    public const string Version = ProductVersion.Value;
}
