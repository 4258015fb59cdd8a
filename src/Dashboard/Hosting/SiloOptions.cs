using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.Dashboard.Hosting;

/// <summary>How silos find each other and where grain state and reminders live.</summary>
public enum SiloMode
{
    /// <summary>One process on one machine, state in a local SQLite file: the embedded default.</summary>
    Embedded,

    /// <summary>Many processes: Orleans' ADO.NET membership, grain storage and reminders on a shared database (PostgreSQL).</summary>
    AdoNet,
}

/// <summary>The co-hosted Orleans silo. Configuration section <c>Orleans</c>.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    /// <summary>
    /// <see cref="SiloMode.Embedded"/> (default) or <see cref="SiloMode.AdoNet"/>. Not named
    /// <c>Orleans:Clustering</c>: Orleans reads that section itself, for its own provider configuration.
    /// </summary>
    public SiloMode Mode { get; set; } = SiloMode.Embedded;

    /// <summary>Silo-to-silo port (default 11111, Orleans' own default).</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for external cluster clients (default 30000, Orleans' own default).</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The SQLite file holding grain state and reminders in <see cref="SiloMode.Embedded"/> mode
    /// (default <c>data/responsecentre.db</c>, relative to the working directory).
    /// </summary>
    [Required]
    public string DataSource { get; set; } = "data/responsecentre.db";

    /// <summary>Identifies this cluster among others sharing a database (default <c>responsecentre</c>).</summary>
    [Required]
    public string ClusterId { get; set; } = "responsecentre";

    /// <summary>Identifies the service: grain state and reminders are keyed by it, so it must stay the same across deployments.</summary>
    [Required]
    public string ServiceId { get; set; } = "responsecentre";

    /// <summary>
    /// The address other silos reach this one at, in <see cref="SiloMode.AdoNet"/> mode
    /// (default: the first address the host name resolves to, Orleans' own default).
    /// </summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>Lets Orleans read the pod's name, namespace and address from the Kubernetes API (Microsoft.Orleans.Hosting.Kubernetes).</summary>
    public bool Kubernetes { get; set; }

    /// <summary>The shared database for <see cref="SiloMode.AdoNet"/> mode. Section <c>Orleans:AdoNet</c>.</summary>
    public AdoNetOptions AdoNet { get; set; } = new();
}

/// <summary>The database Orleans' ADO.NET providers use for membership, grain state and reminders.</summary>
public sealed class AdoNetOptions
{
    /// <summary>The ADO.NET provider's invariant name (default <c>Npgsql</c>, PostgreSQL).</summary>
    [Required]
    public string Invariant { get; set; } = "Npgsql";

    /// <summary>The connection string, e.g. <c>Host=db;Database=responsecentre;Username=rc;Password=…</c>.</summary>
    public string? ConnectionString { get; set; }
}
