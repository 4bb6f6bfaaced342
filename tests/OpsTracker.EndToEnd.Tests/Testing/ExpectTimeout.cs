using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace OpsTracker.EndToEnd.Tests.Testing;

/// <summary>
/// Playwright's assertions wait 5 s by default, too short for a page that writes to PostgreSQL and re-renders over a
/// Blazor circuit on a loaded 2-core CI machine (an upload's result once took longer). Every journey waits on
/// conditions; a passing one returns as soon as its condition holds, so the longer bound costs nothing.
/// </summary>
internal static class ExpectTimeout
{
    private const float Milliseconds = 30_000;

#pragma warning disable CA2255 // The test assembly's own initialisation, before any journey runs.
    [ModuleInitializer]
    internal static void Configure() => Assertions.SetDefaultExpectTimeout(Milliseconds);
#pragma warning restore CA2255
}
