namespace ResponseCentre.Browser.Tests;

/// <summary>PNGs of the main screens in docs/screenshots (committed, linked from the README), overwritten each run.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(FindRepositoryRoot(), "docs", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), Animations = ScreenshotAnimations.Disabled });
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ResponseCentre.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ResponseCentre.sln above {AppContext.BaseDirectory}");
    }
}
