// The integration tests start the linux-x64 NativeAOT binary and use Unix file modes.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
