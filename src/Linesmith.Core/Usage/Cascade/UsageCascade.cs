using Linesmith.Platform;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// <c>resolve_usage</c>, docs/spec/usage-cascade.md#algorithm, with docs/spec/decisions.md (D1, D2) and docs/adr/0011-refresh-in-a-detached-process.md on top: stdin's windows first;
/// a fetch only under the fetch gate (one fetcher per cache root, re-checking the cache once the gate
/// is held); a render with stale data never waits for the network. The result is memoized per
/// process, errors included (no retry within a process).
/// </summary>
internal sealed class UsageCascade(CascadeInputs inputs)
{
    private readonly UsageClient _client = new(inputs.Transport, inputs.Settings, inputs.Clock, inputs.Log);
    private UsageResult? _memo;

    /// <summary>The usage data for <paramref name="query"/>; nothing is read when it needs nothing.</summary>
    public UsageResult Resolve(UsageQuery query) =>
        query.Needs == UsageNeeds.None ? new UsageResult(UsageSource.Error) : _memo ??= Run(query.Mode);

    private UsageResult Run(FetchMode mode)
    {
        var state = ReadState();
        if (Decide(state) is { } decided)
        {
            return mode == FetchMode.Refresh ? decided with { Note = "no fetch due" } : decided;
        }

        if (inputs.CacheRoot is not { } root)
        {
            // No cache root (docs/spec/on-disk-formats.md#cache-root, docs/spec/edge-cases.md item 44): nothing to share, so nothing to gate; still fetch.
            return Fetch(state);
        }

        if (mode == FetchMode.Render && state.Entry?.Data is not null)
        {
            // docs/adr/0011-refresh-in-a-detached-process.md: show the stale numbers now; a detached process does the fetch.
            var started = FetchGate.IsFree(root) && inputs.Launcher?.Launch() == true;
            return Stale(state.Entry) with { RefreshStarted = started };
        }

        var attempt = AcquireGate(root, mode);
        using var gate = attempt.Gate;
        if (attempt.State == GateState.Busy)
        {
            return mode == FetchMode.Refresh
                ? (state.Entry?.Data is not null ? Stale(state.Entry) : new UsageResult(UsageSource.Error)) with { Note = "another process is fetching" }
                : AfterWaiting();
        }

        // Held (or no gate can exist here): another process may have fetched since step 1.
        state = ReadState();
        return Decide(state) ?? Fetch(state);
    }

    /// <summary>Held; busy past the wait (at once in refresh mode); or unavailable: no gate possible, so the fetch goes ungated.</summary>
    private GateAttempt AcquireGate(string root, FetchMode mode)
    {
        var started = inputs.Clock.GetTimestamp();
        // A render waits at most the request timeout (docs/spec/decisions.md#d1-one-fetch-not-a-stampede); a person running `usage`
        // also gets the grace for the winner's start-up.
        var budget = inputs.Settings.Timeout + (mode == FetchMode.Render ? TimeSpan.Zero : inputs.WaitGrace);
        while (true)
        {
            var attempt = FetchGate.TryAcquire(root);
            if (attempt.State == GateState.Unavailable)
            {
                // A cache root where the gate file cannot be created: degrade to the baseline (no mutual exclusion).
                inputs.Log.Warn($"cascade: fetch lock unavailable, fetching without it: {attempt.Problem}");
            }

            if (attempt.State != GateState.Busy || mode == FetchMode.Refresh || inputs.Clock.GetElapsedTime(started) >= budget)
            {
                return attempt;
            }

            Thread.Sleep(inputs.PollInterval);
        }
    }

    // Still busy after the request timeout and the grace: show what is there, or the bracket error.
    private UsageResult AfterWaiting()
    {
        var state = ReadState();
        if (Decide(state) is { } decided)
        {
            return decided;
        }

        return state.Entry?.Data is not null ? Stale(state.Entry) : JsonlOr(UsageError.FromEndpoint(EndpointError.Timeout with { Detail = "another process's fetch did not finish in time" }));
    }

    /// <summary>Steps 2-4: fresh cache, or the lock-active branch; null when a fetch is due.</summary>
    private UsageResult? Decide(CascadeState state)
    {
        if (state.IsFresh && state.Entry is { } fresh)
        {
            return new UsageResult(UsageSource.Cache, fresh.Data?.ToUsageData(), fresh.CachedAt);
        }

        if (state.Lock is not { } lockFile || !lockFile.IsBlockingAt(state.Now) || OutlastsSuccessWindow(lockFile, state.Now))
        {
            return null;
        }

        // Step 4: under an active lock neither credentials nor the endpoint are touched.
        var fromAuth = lockFile.Error is "Unauthorized" or "Forbidden";
        if (state.Entry is { } entry)
        {
            if (!fromAuth && entry.Data is not null)
            {
                return Stale(entry);
            }

            if (entry.Error is { } cachedError)
            {
                // docs/spec/usage-cascade.md#freshness-and-anomalies: a cached error's code beats the lock's.
                return JsonlOr(UsageError.FromCode(cachedError.Code));
            }
        }

        return JsonlOr(lockFile.Error is null ? UsageError.FromEndpoint(EndpointError.RateLimited(null)) : UsageError.FromCode(lockFile.Error));
    }

    /// <summary>
    /// docs/adr/0010-back-off-bounds.md: a lock without an error is a success lock (or a legacy one, mtime + 30 s)
    /// and never legitimately reaches past now + <c>cache_duration</c>. One that does was written before
    /// the clock jumped backwards; honouring it would hide usage for the size of the jump, so it is
    /// treated as expired. Error locks keep the 24 h read cap (docs/spec/on-disk-formats.md#usagelock): a rate limit is the server's word.
    /// </summary>
    private bool OutlastsSuccessWindow(LockFile lockFile, DateTimeOffset now) =>
        lockFile.Error is null && lockFile.BlockedUntil > now.ToUnixTimeSeconds() + Math.Max((long)inputs.Settings.CacheDuration.TotalSeconds, LockStore.LegacyLockSeconds) + 1;

    /// <summary>Steps 5 and 6: credentials, the request, and the cache and lock writes.</summary>
    private UsageResult Fetch(CascadeState state)
    {
        if (UsageEndpoint.Resolve(inputs.Settings.ApiBaseUrl, out var problem) is not { } url)
        {
            inputs.Log.Error($"cascade: {problem}");
            return JsonlOr(UsageError.FromEndpoint(EndpointError.NetworkError with { Detail = problem }));
        }

        var credentials = inputs.Credentials.Get();
        if (credentials.Credentials is not { } oauth)
        {
            // Step 5: credential failures never write a lock or a cache entry.
            inputs.Log.Info($"cascade: {credentials.Error}");
            return JsonlOr(UsageError.FromCredentials(credentials.Error ?? Credentials.CredentialsError.NotFound));
        }

        inputs.Log.Redact(oauth.AccessToken);
        var fetched = _client.Fetch(url, oauth.AccessToken);
        var now = inputs.Clock.GetUtcNow();
        if (fetched.Response is { } response)
        {
            var data = CachedData.FromResponse(response);
            LogWrite("cache", inputs.Cache?.Write(CachedUsage.WithData(data, now)));
            LogWrite("lock", inputs.Locks?.Write(new LockFile(Backoff.Until(now, (long)inputs.Settings.CacheDuration.TotalSeconds))));
            return new UsageResult(UsageSource.Endpoint, data.ToUsageData(), now);
        }

        var error = fetched.Error ?? EndpointError.NetworkError;
        if (error.IsAuthFailure)
        {
            // docs/spec/usage-endpoint.md#401-and-403: never serve stale after 401/403, and do not cache the error (it would outlive the lock).
            if (inputs.Cache?.Clear() is { } clearError)
            {
                inputs.Log.Error($"cascade: cache clear failed: {clearError}");
            }
        }

        LogWrite("lock", inputs.Locks?.Write(new LockFile(Backoff.Until(now, Backoff.Seconds(error)), error.Code)));
        if (!error.IsAuthFailure && state.Entry?.Data is not null)
        {
            return Stale(state.Entry) with { Error = UsageError.FromEndpoint(error) };
        }

        return JsonlOr(UsageError.FromEndpoint(error));
    }

    /// <summary><c>jsonl_or</c>: any JSONL aggregate wins (even zero tokens); otherwise the fallback error.</summary>
    private UsageResult JsonlOr(UsageError fallback)
    {
        var now = inputs.Clock.GetUtcNow();
        if (inputs.Jsonl?.Aggregate(now) is not { Usage: { } usage })
        {
            return UsageResult.Failed(fallback);
        }

        var block = usage.FiveHour;
        if (block is not null)
        {
            // docs/spec/usage-cascade.md#algorithm clock-skew clamp: a block cannot start after the current hour.
            var start = block.Start < JsonlAggregator.FloorToHour(now) ? block.Start : JsonlAggregator.FloorToHour(now);
            block = block with { Start = start, EndsAt = start + TimeSpan.FromHours(5) };
        }

        return new UsageResult(UsageSource.Jsonl, Jsonl: usage with { FiveHour = block }, Error: fallback);
    }

    private static UsageResult Stale(CachedUsage entry) => new(UsageSource.Stale, entry.Data?.ToUsageData(), entry.CachedAt);

    private CascadeState ReadState()
    {
        var read = inputs.Cache?.Read() ?? CacheRead.Miss;
        LogRead("cache", read.Error);
        if (read.Note is { } cacheNote)
        {
            inputs.Log.Warn($"cascade: {cacheNote}");
        }

        var now = inputs.Clock.GetUtcNow();
        if (read.Entry is { } entry && entry.IsFreshAt(now, inputs.Settings.CacheDuration))
        {
            // A fresh entry decides on its own (step 2): the lock only matters when a fetch may be due,
            // so a cache-hit render does not open, read and parse usage.lock.
            return new CascadeState(entry, IsFresh: true, null, now);
        }

        var lockRead = inputs.Locks?.Read() ?? LockRead.None;
        LogRead("lock", lockRead.Error);
        if (lockRead.Note is { } note)
        {
            inputs.Log.Warn($"cascade: {note}");
        }

        return new CascadeState(read.Entry, IsFresh: false, lockRead.Lock, now);
    }

    private void LogRead(string what, CacheError? error)
    {
        if (error is null)
        {
            return;
        }

        var message = $"cascade: {what} read failed: {error}";
        if (error.Problem == FileProblem.NotFound)
        {
            inputs.Log.Debug(message);
        }
        else
        {
            inputs.Log.Warn(message);
        }
    }

    /// <summary>docs/spec/edge-cases.md item 52: write failures are error level (past the log gate), except the Windows rename race.</summary>
    private void LogWrite(string what, CacheError? error)
    {
        if (error is null)
        {
            return;
        }

        if (OperatingSystem.IsWindows() && error is { Kind: CacheErrorKind.Persist, Problem: FileProblem.PermissionDenied })
        {
            inputs.Log.Persist(Diagnostics.LogLevel.Debug, $"cascade: {what} write lost a race-loser (Windows MoveFileEx): {error}");
            return;
        }

        inputs.Log.Persist(Diagnostics.LogLevel.Error, $"cascade: {what} write failed: {error.Kind}: {error}");
    }
}
