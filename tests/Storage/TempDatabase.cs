namespace ResponseCentre.Storage.Tests;

/// <summary>A database file in a folder of its own, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rc-sqlite-" + Guid.NewGuid().ToString("N"));

    public string DataSource => Path.Combine(_folder, "responsecentre.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
