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

/// <summary>
/// Where an operation's date came from. Most are stated: the text names the day, or a day the report's context gives
/// ("اليوم"، "أمس"، a dateline). A report that announces a just-finished operation without naming its day puts it at
/// the day of the announcement, the publication day (the dev set's annotation rule, and how an analyst places it on a
/// timeline); that date is marked, so a reader knows the text did not say it.
/// </summary>
public enum DateBasis
{
    /// <summary>No date, or a date the text states.</summary>
    Stated = 0,
    /// <summary>The day the report announced the operation, which names no day of its own.</summary>
    Announcement = 1,
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
    /// <summary>Struck or raided, with nothing told of its ruin ("استهدفت الطائرات وكرا"): neither destroyed nor only found.</summary>
    Targeted = 2,
}

public enum ReportStatus
{
    Pending = 0,
    Extracted = 1,
    Failed = 2,
}
