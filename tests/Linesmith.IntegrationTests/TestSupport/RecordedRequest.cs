namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>One request the test server received: request line and headers (names lower-cased).</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers);
