using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.Dashboard.Hosting;

/// <summary>The co-hosted Orleans silo. Configuration section <c>Orleans</c>.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    /// <summary>Silo-to-silo port (default 11111, Orleans' own default).</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for external cluster clients (default 30000, Orleans' own default).</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The SQLite file holding grain state and reminders (default <c>data/responsecentre.db</c>,
    /// relative to the working directory). Configuration key <c>Orleans:DataSource</c>.
    /// </summary>
    [Required]
    public string DataSource { get; set; } = "data/responsecentre.db";
}
