#include "core/panel/panel_model.hpp"

namespace simmon {

int PanelLayout::find_lamp(const std::string& name) const {
    for (std::size_t i = 0; i < lamps.size(); ++i)
        if (lamps[i].name == name) return static_cast<int>(i);
    return -1;
}

int PanelLayout::find_control(const std::string& name) const {
    for (std::size_t i = 0; i < controls.size(); ++i)
        if (controls[i].name == name) return static_cast<int>(i);
    return -1;
}

}  // namespace simmon
