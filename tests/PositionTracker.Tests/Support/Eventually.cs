namespace PositionTracker.Tests.Support;

/// <summary>Polls a real process until it reaches a state, with a deadline and a message that says what never came.</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> found, Func<string> failure, TimeSpan? within = null) where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            if (await found() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure());
            await Task.Delay(200);
        }
    }

    public static Task UntilAsync(Func<Task<bool>> condition, Func<string> failure, TimeSpan? within = null) =>
        UntilAsync(async () => await condition() ? new object() : null, failure, within);
}
