using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpsTracker.Data.Configurations;

/// <summary>Stores UTC <see cref="DateTime"/> (SQLite cannot order DateTimeOffset) and reads it back as UTC.</summary>
internal static class UtcDateTime
{
    public static readonly ValueConverter<DateTime, DateTime> Converter = new(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
