// The integration tests start the NativeAOT binary for LINESMITH_RID (default linux-x64). The analyzers
// read them as Linux code; the tests that really need Linux or Unix say so with the trait Platform
// (TestSupport/Needs.cs), and the macOS and Windows CI runners run the others.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
