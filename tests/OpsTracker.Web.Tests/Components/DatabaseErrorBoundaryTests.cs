using System.Net.Sockets;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsTracker.Data;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>A page that loses the database in a live circuit says so and offers to try again; other errors are not hidden.</summary>
public sealed class DatabaseErrorBoundaryTests
{
    [Fact]
    public async Task A_lost_database_shows_a_message_opens_the_circuit_and_recovers()
    {
        await using var ctx = BunitSetup.Create();
        var availability = new DatabaseAvailability();
        availability.ReportMigrated();
        ctx.Services.AddSingleton(availability);
        Failing.Error = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

        var cut = ctx.Render<DatabaseErrorBoundary>(p => p.AddChildContent<Failing>());
        Assert.Contains("The database is unavailable just now", cut.Find("[data-testid=database-unavailable]").TextContent, StringComparison.Ordinal);
        Assert.True(availability.IsDown);

        Failing.Error = null;
        await cut.InvokeAsync(() => cut.Find("[data-testid=database-unavailable] button").Click());
        cut.WaitForAssertion(() => Assert.Equal("ok", cut.Find("[data-testid=child]").TextContent));
    }

    [Fact]
    public async Task Any_other_error_is_thrown_on()
    {
        await using var ctx = BunitSetup.Create();
        Failing.Error = new InvalidOperationException("a bug");
        Assert.ThrowsAny<Exception>(() => ctx.Render<DatabaseErrorBoundary>(p => p.AddChildContent<Failing>()));
        Failing.Error = null;
    }

    private sealed class Failing : ComponentBase
    {
        public static Exception? Error { get; set; }

        protected override void OnInitialized()
        {
            if (Error is { } e)
            {
                throw e;
            }
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "data-testid", "child");
            builder.AddContent(2, "ok");
            builder.CloseElement();
        }
    }
}
