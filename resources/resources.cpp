// Anchor for the libraries that embed resources (:/sql, :/demo, :/icons).
namespace Turno
{
int resourcesAnchor()
{
    return 0;
}
} // namespace Turno
