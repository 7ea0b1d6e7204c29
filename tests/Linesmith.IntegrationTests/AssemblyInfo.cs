// The integration tests start the NativeAOT binary for LINESMITH_RID (default linux-x64) and use Unix file modes.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
