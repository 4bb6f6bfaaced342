using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsTracker.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TallyReviewsAndAnalystOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "ReportedTallies",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Unreviewed");

            migrationBuilder.AddColumn<bool>(
                name: "AddedByAnalyst",
                table: "OperationReviews",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "TallyReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportFileName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EvidenceStart = table.Column<int>(type: "integer", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TallyId = table.Column<int>(type: "integer", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Corrections = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NeedsReview = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TallyReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedTallies_ReviewState",
                table: "ReportedTallies",
                column: "ReviewState");

            migrationBuilder.CreateIndex(
                name: "IX_TallyReviews_ReportFileName_EvidenceStart_EvidenceEnd_Scope",
                table: "TallyReviews",
                columns: new[] { "ReportFileName", "EvidenceStart", "EvidenceEnd", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TallyReviews_TallyId",
                table: "TallyReviews",
                column: "TallyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TallyReviews");

            migrationBuilder.DropIndex(
                name: "IX_ReportedTallies_ReviewState",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "AddedByAnalyst",
                table: "OperationReviews");
        }
    }
}
