// Anchor for the libraries that embed resources (:/sql and :/demo).
namespace Turno
{
int resourcesAnchor()
{
    return 0;
}
} // namespace Turno
