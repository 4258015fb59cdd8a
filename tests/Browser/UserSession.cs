namespace ResponseCentre.Browser.Tests;

/// <summary>One user's browser context (their cookies) and its page; closing it signs nobody else out.</summary>
public sealed class UserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context => context;

    public IPage Page => page;

    /// <summary>HTTP calls with this user's cookie, relative to the app's base address.</summary>
    public IAPIRequestContext Api => context.APIRequest;

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
