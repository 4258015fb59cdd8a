namespace ResponseCentre.Dashboard.Web;

/// <summary>The operator dashboard and the field-staff app: static pages from wwwroot, plus the SignalR browser client.</summary>
public static class WebUiExtensions
{
    private const string SignalRClientResource = "browser-lib/signalr.min.js";

    public static WebApplication UseWebUi(this WebApplication app)
    {
        // The pages themselves hold no data; every /api call they make is authorized on its own.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/lib/signalr.min.js", () => Results.Stream(
                typeof(WebUiExtensions).Assembly.GetManifestResourceStream(SignalRClientResource)
                ?? throw new InvalidOperationException($"The build did not embed {SignalRClientResource}."),
                "text/javascript"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
