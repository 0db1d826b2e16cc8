#include "scp-console/panel/sdl_library.hpp"

#include <dlfcn.h>

#include <type_traits>

namespace simmon::scp {

bool SdlLibrary::load(std::string& error) {
    void* lib = dlopen("libSDL2-2.0.so.0", RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!lib) {
        error = "No panel: SDL2 cannot be loaded (libSDL2-2.0.so.0)";
        return false;
    }
    bool ok = true;
    auto get = [&](auto& fn, const char* name) {
        fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
        if (!fn) ok = false;
    };
    get(InitSubSystem, "SDL_InitSubSystem");
    get(QuitSubSystem, "SDL_QuitSubSystem");
    get(GetError, "SDL_GetError");
    get(GetCurrentVideoDriver, "SDL_GetCurrentVideoDriver");
    get(CreateWindow, "SDL_CreateWindow");
    get(DestroyWindow, "SDL_DestroyWindow");
    get(GetWindowID, "SDL_GetWindowID");
    get(GetWindowSurface, "SDL_GetWindowSurface");
    get(UpdateWindowSurfaceRects, "SDL_UpdateWindowSurfaceRects");
    get(CreateRGBSurfaceWithFormat, "SDL_CreateRGBSurfaceWithFormat");
    get(FreeSurface, "SDL_FreeSurface");
    get(FillRect, "SDL_FillRect");
    get(UpperBlit, "SDL_UpperBlit");
    get(PollEvent, "SDL_PollEvent");
    get(GetModState, "SDL_GetModState");
    dlclose(lib);  // RTLD_NODELETE: the library stays, the pointers stay good
    if (!ok) error = "No panel: the SDL2 library found lacks functions the panel needs";
    return ok;
}

}  // namespace simmon::scp
