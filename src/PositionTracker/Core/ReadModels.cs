using Marten;
using Marten.Events;

namespace PositionTracker.Core;

/// <summary>
/// The shared read models trail the events by as long as the daemon takes to fold them. A verb that wrote and
/// then answers, or exits for a script that asks next, waits until they have caught up: it reads its own writes.
/// </summary>
public static class ReadModels
{
    public static readonly TimeSpan CatchUpLimit = TimeSpan.FromMinutes(10);

    public static Task CaughtUpAsync(this IHost host) =>
        host.Services.GetRequiredService<IDocumentStore>().CaughtUpAsync(CatchUpLimit);

    public static async Task CaughtUpAsync(this IDocumentStore store, TimeSpan limit)
    {
        // With no event at all there is nothing to fold, and Marten's wait would report that no activity came.
        if ((await store.Advanced.FetchEventStoreStatistics()).EventCount == 0) return;
        await store.WaitForNonStaleProjectionDataAsync(limit);
    }
}
