using System.Text.Json;
using System.Text.Json.Serialization;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// Serialization code generated at build time for the operations API's answers, the busiest JSON the app writes (a
/// page of 50 operations with their evidence is about 30 KB): no reflection or metadata built at run time. The same
/// names and values as the reflection-based serializer (web defaults: camelCase); the encoder and the enum converter
/// still come from the options <see cref="OperationsEndpoints.AddOpsTrackerApi"/> sets, and every other type falls
/// through to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PagedResult<OperationItem>))]
[JsonSerializable(typeof(OperationDetail))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
