// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { SearchResults } from "@/components/search/SearchResults";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/read-models/search";

describe("search results", () => {
  it("links every hit, marks the matched words and never renders stored markup as HTML", () => {
    const { container } = render(
      <SearchResults
        q="zienswijze"
        hits={[
          {
            kind: "zienswijzepunt",
            id: "p1",
            title: "Zienswijze Urk <b>1</b>",
            snippet: `De ${HIGHLIGHT_START}zienswijzen${HIGHLIGHT_END} <img src=x onerror=alert(1)> van de raad`,
            href: "/regelingen/gr",
            rank: 0.5,
            concept: false,
          },
        ]}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent('1 resultaat voor "zienswijze".');
    const list = screen.getByTestId("zoekresultaten");
    expect(within(list).getByRole("link", { name: "Zienswijze Urk <b>1</b>" })).toHaveAttribute(
      "href",
      "/regelingen/gr",
    );
    expect(container.querySelector("mark")?.textContent).toBe("zienswijzen");
    expect(container.querySelector("img")).toBeNull();
    expect(list).toHaveTextContent("<img src=x onerror=alert(1)>");
  });

  it("says in Dutch when nothing was found", () => {
    render(<SearchResults q="xyz" hits={[]} />);
    expect(screen.getByRole("status")).toHaveTextContent('Niets gevonden voor "xyz".');
  });
});
