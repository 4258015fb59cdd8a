namespace ResponseCentre.Storage.Sqlite;

/// <summary>Which queue of the group commit a write waits in.</summary>
public enum WriteLane
{
    /// <summary>Alarms, incidents and everything else people wait on: committed first.</summary>
    Urgent,

    /// <summary>What every sensor reading writes: committed when nothing urgent waits.</summary>
    Deferrable,
}
