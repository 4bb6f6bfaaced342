using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsTracker.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventLinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EventId",
                table: "ReportedTallies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EventReports",
                table: "ReportedTallies",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "IsEventSecondary",
                table: "ReportedTallies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "EventId",
                table: "Operations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EventReports",
                table: "Operations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "IsEventSecondary",
                table: "Operations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "EventDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperationKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    OtherOperationKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TallyEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TallyEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedTallies_EventId",
                table: "ReportedTallies",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedTallies_Scope_PeriodStart_PeriodEnd",
                table: "ReportedTallies",
                columns: new[] { "Scope", "PeriodStart", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_EventId",
                table: "Operations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_ProvinceCode_Date",
                table: "Operations",
                columns: new[] { "ProvinceCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EventDecisions_OperationKey",
                table: "EventDecisions",
                column: "OperationKey");

            migrationBuilder.CreateIndex(
                name: "IX_EventDecisions_OtherOperationKey",
                table: "EventDecisions",
                column: "OtherOperationKey");

            migrationBuilder.AddForeignKey(
                name: "FK_Operations_OperationEvents_EventId",
                table: "Operations",
                column: "EventId",
                principalTable: "OperationEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ReportedTallies_TallyEvents_EventId",
                table: "ReportedTallies",
                column: "EventId",
                principalTable: "TallyEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Operations_OperationEvents_EventId",
                table: "Operations");

            migrationBuilder.DropForeignKey(
                name: "FK_ReportedTallies_TallyEvents_EventId",
                table: "ReportedTallies");

            migrationBuilder.DropTable(
                name: "EventDecisions");

            migrationBuilder.DropTable(
                name: "OperationEvents");

            migrationBuilder.DropTable(
                name: "TallyEvents");

            migrationBuilder.DropIndex(
                name: "IX_ReportedTallies_EventId",
                table: "ReportedTallies");

            migrationBuilder.DropIndex(
                name: "IX_ReportedTallies_Scope_PeriodStart_PeriodEnd",
                table: "ReportedTallies");

            migrationBuilder.DropIndex(
                name: "IX_Operations_EventId",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_ProvinceCode_Date",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "EventId",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "EventReports",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "IsEventSecondary",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "EventId",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "EventReports",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "IsEventSecondary",
                table: "Operations");
        }
    }
}
