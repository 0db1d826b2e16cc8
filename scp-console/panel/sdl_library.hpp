// SDL2, loaded when a panel opens rather than linked into simmon: the library and the
// fifty it pulls in (X11, Wayland, audio) would cost every simmon process about ten
// million host instructions of dynamic linking at start, panel or not. The functions the
// panel window calls, by pointer; SDL's headers give their types.
#pragma once
#include <SDL2/SDL.h>

#include <string>

namespace simmon::scp {

struct SdlLibrary {
    decltype(&::SDL_InitSubSystem) InitSubSystem = nullptr;
    decltype(&::SDL_QuitSubSystem) QuitSubSystem = nullptr;
    decltype(&::SDL_GetError) GetError = nullptr;
    decltype(&::SDL_GetCurrentVideoDriver) GetCurrentVideoDriver = nullptr;
    decltype(&::SDL_CreateWindow) CreateWindow = nullptr;
    decltype(&::SDL_DestroyWindow) DestroyWindow = nullptr;
    decltype(&::SDL_GetWindowID) GetWindowID = nullptr;
    decltype(&::SDL_GetWindowSurface) GetWindowSurface = nullptr;
    decltype(&::SDL_UpdateWindowSurfaceRects) UpdateWindowSurfaceRects = nullptr;
    decltype(&::SDL_CreateRGBSurfaceWithFormat) CreateRGBSurfaceWithFormat = nullptr;
    decltype(&::SDL_FreeSurface) FreeSurface = nullptr;
    decltype(&::SDL_FillRect) FillRect = nullptr;
    decltype(&::SDL_UpperBlit) UpperBlit = nullptr;  // what SDL_BlitSurface names
    decltype(&::SDL_PollEvent) PollEvent = nullptr;
    decltype(&::SDL_GetModState) GetModState = nullptr;

    // False with a one-line reason when libSDL2 cannot be loaded. The library stays
    // loaded for the rest of the process once it was (SDL keeps state of its own).
    bool load(std::string& error);
};

}  // namespace simmon::scp
