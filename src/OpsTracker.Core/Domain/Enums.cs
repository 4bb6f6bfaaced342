namespace OpsTracker.Core.Domain;

/// <summary>How exactly a date is known. Month and year precision store the first day of the period.</summary>
public enum DatePrecision
{
    Unknown = 0,
    Day = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}

/// <summary>Where a report's publication date came from.</summary>
public enum PublicationDateSource
{
    Unknown = 0,
    /// <summary>Given by the sidecar file, the command line, or an analyst.</summary>
    Known = 1,
    /// <summary>Found in the text: a dateline, or a year the text makes unambiguous.</summary>
    Inferred = 2,
}

public enum OperationKind
{
    Other = 0,
    Airstrike = 1,
    Search = 2,
    Raid = 3,
    Arrest = 4,
    Clash = 5,
    IsisAttack = 6,
}

public enum CasualtyCategory
{
    Killed = 0,
    Arrested = 1,
    Wounded = 2,
}

/// <summary>Whose casualties: ISIS members are kept apart from their victims.</summary>
public enum CasualtySide
{
    Isis = 0,
    Security = 1,
    Civilian = 2,
    Unknown = 3,
}

public enum HideoutKind
{
    Other = 0,
    /// <summary>مضافة</summary>
    GuestHouse = 1,
    /// <summary>وكر</summary>
    Den = 2,
    /// <summary>مخبأ</summary>
    Hideout = 3,
    /// <summary>نفق</summary>
    Tunnel = 4,
    /// <summary>كهف</summary>
    Cave = 5,
}

public enum HideoutOutcome
{
    Destroyed = 0,
    Found = 1,
}

public enum ReportStatus
{
    Pending = 0,
    Extracted = 1,
    Failed = 2,
}
