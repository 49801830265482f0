#pragma once

class QTableView;

namespace TableColumns {

// Every column as wide as its contents and its header, with room around the header's text:
// Qt fits a header to its bold text with a few pixels to spare, which left Thai headers
// ("หมดอายุใน" over an empty countdown) touching the section's edges. Stretched columns keep
// taking what the view leaves. The user may still drag the columns.
void fitToContents(QTableView *table);

} // namespace TableColumns
