// The corpus files the parse benchmarks read, each with its format.
export const corpusFormats = [
  ['ep-ta-2021-0405.txt', 'ep'],
  ['mep-letter-2021-10-04.md', 'markdown'],
  ['ngo-letter-2021-04-01.md', 'markdown'],
  ['eucrim-news-2021.md', 'markdown'],
  ['edri-letter-2021-01-12.txt', 'pdf-text']
]
