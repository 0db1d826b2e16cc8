#include "core/state/machine_snapshot.hpp"

#include "core/text/case_compare.hpp"

namespace simmon {

void SnapshotList::put(std::unique_ptr<MachineSnapshot> snapshot) {
    remove(snapshot->name);
    items_.push_back(std::move(snapshot));
}

const MachineSnapshot* SnapshotList::find(std::string_view name) const {
    for (const auto& s : items_)
        if (iequals(s->name, name)) return s.get();
    return nullptr;
}

bool SnapshotList::remove(std::string_view name) {
    return std::erase_if(items_, [name](const auto& s) { return iequals(s->name, name); }) > 0;
}

}  // namespace simmon
