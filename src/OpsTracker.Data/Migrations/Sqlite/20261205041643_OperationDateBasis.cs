using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationDateBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows written before the column existed carry dates the text stated (or none).
            migrationBuilder.AddColumn<string>(
                name: "DateBasis",
                table: "Operations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Stated");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DateBasis",
                table: "Operations");
        }
    }
}
