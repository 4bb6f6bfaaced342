using System.Globalization;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Exports;

/// <summary>The file name of a download: what it holds, its filter and the day it was made.</summary>
public static class ExportFileName
{
    /// <summary>"opstracker-tallies_IQ-KI_2020-01-01_to_2025-12-31_2026-11-23.csv"; "..._all_..." without a filter.</summary>
    public static string For(string what, OperationFilter filter, DateOnly today, string extension = "csv")
    {
        ArgumentException.ThrowIfNullOrEmpty(what);
        ArgumentNullException.ThrowIfNull(filter);
        return $"opstracker-{what}_{filter.Describe()}_{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }
}
