#include "decoder_choice.h"

#include "gst_handle.h"

namespace pontive::core::gst {

std::vector<std::string> DecoderChoice::decodersFor(const std::string &format)
{
    std::lock_guard lock(m_mutex);
    if (auto known = m_known.find(format); known != m_known.end())
        return known->second;

    GList *all = gst_element_factory_list_get_elements(GST_ELEMENT_FACTORY_TYPE_DECODER
                                                           | GST_ELEMENT_FACTORY_TYPE_MEDIA_VIDEO,
                                                       GST_RANK_MARGINAL);
    CapsHandle caps = CapsHandle::adopt(gst_caps_new_empty_simple(format.c_str()));
    GList *fitting = gst_element_factory_list_filter(all, caps.get(), GST_PAD_SINK, FALSE);
    fitting = g_list_sort(fitting, gst_plugin_feature_rank_compare_func);
    std::vector<std::string> names;
    for (GList *item = fitting; item; item = item->next)
        names.emplace_back(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(item->data)));
    gst_plugin_feature_list_free(fitting);
    gst_plugin_feature_list_free(all);
    return m_known.emplace(format, std::move(names)).first->second;
}

} // namespace pontive::core::gst
