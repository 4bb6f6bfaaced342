using System.Text.Json;

namespace OpsTracker.Data.Review;

/// <summary>
/// How an analyst's change is recorded: a review of an operation or a tally is stamped with who changed it, when and
/// why, and the audit trail gets the item as it was and as it is (so does a report said complete). One place, so that
/// every change is audited alike.
/// </summary>
internal static class ReviewAudit
{
    /// <summary>Snapshots and corrections as JSON, with Arabic kept readable (not escaped) in the trail.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Stamps the review and returns the audit entry of the change (<paramref name="before"/> null for an added item).</summary>
    public static AuditEntry Record(
        IAnalystReview review, string reason, string user, DateTime atUtc, string action, string entity, int entityId, string entityKey, object? before, object after)
    {
        review.Reason = reason;
        review.NeedsReview = false;
        review.UpdatedBy = user;
        review.UpdatedAtUtc = atUtc;
        return Entry(reason, user, atUtc, action, entity, entityId, entityKey, before, after);
    }

    /// <summary>The audit entry of an analyst's change, with the item as it was (null for an added item) and as it is.</summary>
    public static AuditEntry Entry(
        string reason, string user, DateTime atUtc, string action, string entity, int entityId, string entityKey, object? before, object after) =>
        new()
        {
            AtUtc = atUtc,
            User = user,
            Action = action,
            Entity = entity,
            EntityId = entityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EntityKey = entityKey,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = JsonSerializer.Serialize(after, Json),
            Reason = reason,
        };
}
