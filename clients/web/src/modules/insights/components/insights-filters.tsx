import type { GroupBy, InsightFilter } from '../insights-types';

const GROUPS: readonly [GroupBy, string][] = [
  ['DAY', 'Day'],
  ['TEAM', 'Team'],
  ['CATEGORY', 'Category'],
  ['CHANNEL', 'Channel'],
  ['LANGUAGE', 'Language'],
  ['MODE', 'AI vs human'],
];

/** Period, dimension filters and the breakdown the charts show. */
export function InsightsFilters({
  filter,
  groupBy,
  onFilter,
  onGroupBy,
}: {
  filter: InsightFilter;
  groupBy: GroupBy;
  onFilter: (filter: InsightFilter) => void;
  onGroupBy: (groupBy: GroupBy) => void;
}) {
  const text = (key: 'team' | 'category' | 'language', label: string) => (
    <label>
      {label}
      <input value={filter[key] ?? ''} placeholder="any" onChange={(event) => onFilter({ ...filter, [key]: event.target.value.trim() || undefined })} />
    </label>
  );
  return (
    <form className="insights-filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        From
        <input type="date" value={filter.from} onChange={(event) => event.target.value && onFilter({ ...filter, from: event.target.value })} />
      </label>
      <label>
        To
        <input type="date" value={filter.to} onChange={(event) => event.target.value && onFilter({ ...filter, to: event.target.value })} />
      </label>
      {text('team', 'Team')}
      {text('category', 'Category')}
      <label>
        Channel
        <select value={filter.channel ?? ''} onChange={(event) => onFilter({ ...filter, channel: event.target.value || undefined })}>
          <option value="">any</option>
          {['WEB', 'EMAIL', 'CHAT', 'PHONE', 'API', 'HELP_PAGE'].map((channel) => (
            <option key={channel}>{channel}</option>
          ))}
        </select>
      </label>
      {text('language', 'Language')}
      <label>
        Handled by
        <select value={filter.mode ?? ''} onChange={(event) => onFilter({ ...filter, mode: event.target.value || undefined })}>
          <option value="">anyone</option>
          <option value="AI">AI</option>
          <option value="HUMAN">people</option>
        </select>
      </label>
      <label>
        Break down by
        <select value={groupBy} onChange={(event) => onGroupBy(event.target.value as GroupBy)}>
          {GROUPS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
