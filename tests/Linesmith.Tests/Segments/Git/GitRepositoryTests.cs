using Linesmith.Input.Payload;
using Linesmith.Segments;
using Linesmith.Segments.Git;

namespace Linesmith.Tests.Segments.Git;

/// <summary>Issue 14: one repository lookup per render, shared by every git segment, and git status run at most once.</summary>
public sealed class GitRepositoryTests
{
    private static readonly GitHead Head = new("/w", "/w/.git", "main", null);

    [Fact]
    public void The_repository_is_looked_up_once_however_often_it_is_asked()
    {
        var lookups = 0;
        var repository = new GitRepository(() => { lookups++; return Head; }, (_, _) => null);

        Assert.Same(Head, repository.Head);
        Assert.Same(Head, repository.Head);
        Assert.Equal(1, lookups);
    }

    [Fact]
    public void No_repository_is_remembered_too()
    {
        var lookups = 0;
        var repository = new GitRepository(() => { lookups++; return null; }, (_, _) => throw new InvalidOperationException("no git without a repository"));

        Assert.Null(repository.Head);
        Assert.Null(repository.Status(TimeSpan.FromSeconds(1)));
        Assert.Null(repository.Head);
        Assert.Equal(1, lookups);
    }

    [Fact]
    public void Git_status_runs_once_with_the_first_bound_asked_and_its_answer_is_shared()
    {
        var bounds = new List<TimeSpan>();
        var answer = new GitStatus(true, 1, 0);
        var repository = new GitRepository(() => Head, (head, bound) => { bounds.Add(bound); return answer; });

        Assert.Same(answer, repository.Status(TimeSpan.FromMilliseconds(300)));
        Assert.Same(answer, repository.Status(TimeSpan.FromMilliseconds(5000)));
        Assert.Equal([TimeSpan.FromMilliseconds(300)], bounds);
    }

    [Fact]
    public void A_failed_git_status_is_not_run_again_in_the_same_render()
    {
        var runs = 0;
        var repository = new GitRepository(() => Head, (_, _) => { runs++; return null; });

        Assert.Null(repository.Status(TimeSpan.FromSeconds(1)));
        Assert.Null(repository.Status(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void The_context_builds_one_repository_for_the_render()
    {
        var context = new SegmentContext(new StatusPayload { Cwd = "/nowhere" }, TimeProvider.System, TimeZoneInfo.Utc, () => throw new InvalidOperationException());

        Assert.Same(context.Git, context.Git);
    }
}
